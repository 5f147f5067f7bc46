// Validates Kubernetes manifests (multi-document YAML files) against the Kubernetes API schemas
// bundled in kubernetes-models; no network. Usage: node validate-manifests.mjs FILE...
// Prints one line per object and exits 1 when any object is invalid or of an unknown kind.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const [index, document] of parseAllDocuments(readFileSync(file, "utf8")).entries()) {
    const manifest = document.toJS();
    if (manifest === null) continue;
    const where = `${file}#${index} ${manifest.apiVersion}/${manifest.kind} ${manifest.metadata?.name}`;
    try {
      const models = await import(`kubernetes-models/${manifest.apiVersion}`);
      const Model = models[manifest.kind];
      if (!Model) throw new Error(`no schema for kind ${manifest.kind} in ${manifest.apiVersion}`);
      new Model(manifest).validate();
      console.log(`valid   ${where}`);
    } catch (error) {
      failures++;
      console.log(`INVALID ${where}: ${error.message}`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);
