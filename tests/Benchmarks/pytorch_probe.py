#!/usr/bin/env python3
"""PyTorch's probing pipeline on a Broden folder, side by side with neuron-orleans' own.

PIL decodes each image; the published preprocessing (RGB float minus the Places mean, divided by
57.12, no resize; ALGORITHM.md section 3) feeds a ResNet-18 with 365 classes and random weights,
run to the end of layer4 without gradients; a DataLoader with 2 workers and batches of 32, torch on
2 threads. Prints the images per second of the whole loop (decoding, preprocessing, forward).

usage: /usr/bin/python3 pytorch_probe.py BRODEN_FOLDER IMAGES   (Debian's python3-torch)
"""
import csv
import os
import sys
import time

import numpy as np
import torch
import torchvision
from PIL import Image

MEAN = torch.tensor([124.6901, 118.6897, 109.5388]).view(3, 1, 1)
SCALE = 57.12


class ProbeImages(torch.utils.data.Dataset):
    def __init__(self, folder, names):
        self.folder, self.names = folder, names

    def __len__(self):
        return len(self.names)

    def __getitem__(self, index):
        with Image.open(os.path.join(self.folder, self.names[index])) as image:
            pixels = torch.from_numpy(np.asarray(image.convert("RGB"), dtype=np.float32))
        return (pixels.permute(2, 0, 1) - MEAN) / SCALE


def main():
    root, count = sys.argv[1], int(sys.argv[2])
    with open(os.path.join(root, "index_ade20k.csv"), newline="") as index:
        names = [row["image"] for row in csv.DictReader(index)][:count]
    torch.set_num_threads(2)
    model = torchvision.models.resnet18(num_classes=365).eval()
    to_layer4 = torch.nn.Sequential(*list(model.children())[:-2])
    loader = torch.utils.data.DataLoader(ProbeImages(os.path.join(root, "images"), names), batch_size=32, num_workers=2)
    start = time.perf_counter()
    with torch.no_grad():
        for batch in loader:
            to_layer4(batch)
    elapsed = time.perf_counter() - start
    print(f"pytorch: {len(names)} images in {elapsed:.1f} s ({len(names) / elapsed:.1f} images/s)")


if __name__ == "__main__":
    main()
