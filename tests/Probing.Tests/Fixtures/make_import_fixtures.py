"""Activation files in the formats users bring, written by numpy itself (run with Debian's python3).

- acts.npy: float32 [images, units, h, w], as a user's own export.
- inspected_neurons.mmap + inspected_neurons_shape.npy: the original program's cache, raw
  neuron-major float32 [units, images, h, w] with the image-major shape in the .npy.
- static_thresholds.npy: float64 [units], the original's thresholds file.
- expected_unit2.npy: unit 2's slice [images, h, w], the truth every reader must return.
"""
import os
import numpy as np

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "import")
os.makedirs(out, exist_ok=True)
rng = np.random.default_rng(2)
acts = rng.standard_normal((5, 4, 7, 7)).astype(np.float32)  # images, units, h, w
np.save(os.path.join(out, "acts.npy"), acts)
np.ascontiguousarray(acts.transpose(1, 0, 2, 3)).tofile(os.path.join(out, "inspected_neurons.mmap"))
np.save(os.path.join(out, "inspected_neurons_shape.npy"), np.array(acts.shape, dtype=np.int64))
np.save(os.path.join(out, "static_thresholds.npy"), np.array([0.5, 1.25, -2.0, 3.0], dtype=np.float64))
np.save(os.path.join(out, "expected_unit2.npy"), np.ascontiguousarray(acts[:, 2]))
