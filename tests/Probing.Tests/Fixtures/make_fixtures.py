#!/usr/bin/python3
"""Generates the Probing test fixtures with PyTorch and torchvision as the reference.

Run from this folder with Debian's python3-torch and python3-torchvision:
    /usr/bin/python3 make_fixtures.py

Outputs (all small enough to commit):
  tiny_resnet18.zip.pth.tar      zip format, {epoch, arch, state_dict, best_prec1}, `module.` keys
  tiny_resnet18.legacy.pth.tar   legacy torch.save format, pickle protocol 2
  tiny_resnet18.legacy_v1.pth.tar legacy format as PyTorch 0.2 wrote it: `_rebuild_tensor` (v1),
                                 storages located on `cuda:0`, no `num_batches_tracked`
  images/*.jpg                   224x224 probe images (one greyscale)
  images/*.png                   the same pixels as decoded by PIL (lossless, decoder-independent)
  input_a.npy                    the exact float32 tensor [1,3,224,224] fed to the model for a.png
  layer4.npy, logits.npy         PyTorch outputs for all PNG images, in IMAGES order
  thresholds.npy                 numpy percentile(layer4 unit values, 100*994/999, method="hazen")
"""
import os
from collections import OrderedDict

import numpy as np
import torch
import torch.nn as nn
from PIL import Image
from torchvision.models.resnet import BasicBlock, ResNet

WIDTHS = (4, 8, 16, 32)
CLASSES = 10
IMAGES = ("a", "b", "c", "grey")
# Broden convention (ALGORITHM §3): RGB in 0..255, minus mean, divided by 255 * 0.224.
MEAN = np.array([124.6901, 118.6897, 109.5388], dtype=np.float32)
STD = np.float32(57.12)


class TinyResNet18(ResNet):
    """torchvision's ResNet-18 (its blocks, _make_layer and forward) with reduced widths."""

    def __init__(self):
        super().__init__(BasicBlock, [2, 2, 2, 2], num_classes=CLASSES)
        self.inplanes = WIDTHS[0]
        self.conv1 = nn.Conv2d(3, WIDTHS[0], kernel_size=7, stride=2, padding=3, bias=False)
        self.bn1 = nn.BatchNorm2d(WIDTHS[0])
        self.layer1 = self._make_layer(BasicBlock, WIDTHS[0], 2)
        self.layer2 = self._make_layer(BasicBlock, WIDTHS[1], 2, stride=2)
        self.layer3 = self._make_layer(BasicBlock, WIDTHS[2], 2, stride=2)
        self.layer4 = self._make_layer(BasicBlock, WIDTHS[3], 2, stride=2)
        self.fc = nn.Linear(WIDTHS[3], CLASSES)


def make_model():
    torch.manual_seed(7)
    model = TinyResNet18()
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.BatchNorm2d):
                # Non-trivial running statistics so that eval-mode batch norm is really tested.
                module.weight.uniform_(0.5, 1.5)
                module.bias.uniform_(-0.2, 0.2)
                module.running_mean.uniform_(-0.2, 0.2)
                module.running_var.uniform_(0.5, 1.5)
                module.num_batches_tracked.fill_(1234)
    return model.eval()


def make_images():
    os.makedirs("images", exist_ok=True)
    y, x = np.mgrid[0:224, 0:224].astype(np.float32)
    pictures = {
        "a": np.stack([x, y, 224 - x], axis=-1),
        "b": np.stack([128 + 100 * np.sin(x / 17), 128 + 100 * np.cos(y / 23), (x + y) / 2], axis=-1),
        "c": np.stack([((x // 28 + y // 28) % 2) * 200 + 20, y, 128 + 60 * np.sin((x + y) / 9)], axis=-1),
    }
    for name, rgb in pictures.items():
        Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB").save(f"images/{name}.jpg", quality=90)
    grey = 128 + 90 * np.sin(x / 11) * np.cos(y / 13)
    Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L").save("images/grey.jpg", quality=90)
    for name in IMAGES:
        # The PNG keeps exactly what PIL decoded (greyscale stays one channel).
        Image.open(f"images/{name}.jpg").save(f"images/{name}.png")


def preprocess(path):
    rgb = np.asarray(Image.open(path).convert("RGB"), dtype=np.float32)
    chw = ((rgb - MEAN) / STD).transpose(2, 0, 1)
    return torch.from_numpy(np.ascontiguousarray(chw)).unsqueeze(0)


def wrapped(model, drop_batch_counts=False):
    # An OrderedDict like DataParallel's state_dict() in the Places365 checkpoint.
    state = OrderedDict(("module." + k, v) for k, v in model.state_dict().items()
                        if not (drop_batch_counts and k.endswith("num_batches_tracked")))
    return {"epoch": 90, "arch": "resnet18", "state_dict": state, "best_prec1": 54.65}


def save_legacy_v1(obj, path):
    """Writes the legacy format the way PyTorch 0.2 did: `_rebuild_tensor` without
    requires_grad/hooks, and every storage tagged with location `cuda:0`."""
    original = torch.Tensor.__reduce_ex__

    def reduce_v1(self, protocol):
        return (torch._utils._rebuild_tensor,
                (self.storage(), self.storage_offset(), tuple(self.size()), self.stride()))

    torch.serialization.register_package(1, lambda _: "cuda:0", lambda s, loc: s if loc == "cuda:0" else None)
    torch.Tensor.__reduce_ex__ = reduce_v1
    try:
        torch.save(obj, path, _use_new_zipfile_serialization=False, pickle_protocol=2)
    finally:
        torch.Tensor.__reduce_ex__ = original
        torch.serialization._package_registry.pop(0)


def main():
    model = make_model()
    torch.save(wrapped(model), "tiny_resnet18.zip.pth.tar")
    torch.save(wrapped(model), "tiny_resnet18.legacy.pth.tar",
               _use_new_zipfile_serialization=False, pickle_protocol=2)
    save_legacy_v1(wrapped(model, drop_batch_counts=True), "tiny_resnet18.legacy_v1.pth.tar")

    make_images()
    batch = torch.cat([preprocess(f"images/{name}.png") for name in IMAGES])
    np.save("input_a.npy", batch[:1].numpy())

    with torch.no_grad():
        x = model.maxpool(model.relu(model.bn1(model.conv1(batch))))
        layer4 = model.layer4(model.layer3(model.layer2(model.layer1(x))))
        logits = model(batch)
    np.save("layer4.npy", layer4.numpy().astype(np.float32))
    np.save("logits.npy", logits.numpy().astype(np.float32))

    units = layer4.shape[1]
    per_unit = layer4.numpy().transpose(1, 0, 2, 3).reshape(units, -1)
    np.save("thresholds.npy", np.percentile(per_unit, 100 * 994 / 999, axis=1, method="hazen"))

    # Every variant must load back in PyTorch to the same weights.
    for path in ("tiny_resnet18.zip.pth.tar", "tiny_resnet18.legacy.pth.tar", "tiny_resnet18.legacy_v1.pth.tar"):
        loaded = torch.load(path, map_location="cpu")["state_dict"]
        for key, value in loaded.items():
            assert torch.equal(value, model.state_dict()[key[len("module."):]]), (path, key)


if __name__ == "__main__":
    main()
