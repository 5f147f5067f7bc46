#!/usr/bin/python3
"""Generates JPEG decoding fixtures with Debian's python3-pil (libjpeg62-turbo) as the reference.

Run from this folder:
    /usr/bin/python3 make_jpeg_fixtures.py

Each <name>.jpg is encoded by PIL with the settings in its name; <name>.png holds the pixels that
PIL decodes from it, converted to RGB as the probing pipeline does (Image.open(p).convert("RGB")),
stored losslessly so that the tests compare decoders, not PNG readers.
"""
import numpy as np
from PIL import Image

rng = np.random.default_rng(2022)


def natural(height, width):
    """A photo-like RGB image: smooth gradients, hard-edged shapes, texture and noise."""
    y, x = np.mgrid[0:height, 0:width].astype(np.float64)
    r = 128 + 100 * np.sin(x / 17.0) * np.cos(y / 23.0)
    g = 40 + 180 * (x + y) / (height + width)
    b = 128 + 90 * np.cos(np.hypot(x - width / 3, y - height / 2) / 9.0)
    image = np.stack([r, g, b], axis=-1)
    for _ in range(12):
        y0, x0 = rng.integers(0, height), rng.integers(0, width)
        h, w = rng.integers(8, height // 2), rng.integers(8, width // 2)
        image[y0:y0 + h, x0:x0 + w] = rng.integers(0, 256, size=3)
    image += rng.normal(0, 12, size=image.shape)
    return np.clip(image, 0, 255).astype(np.uint8)


def save(name, image, **options):
    path = f"{name}.jpg"
    image.save(path, "JPEG", **options)
    Image.open(path).convert("RGB").save(f"{name}.png")


photo = Image.fromarray(natural(224, 224))
save("baseline_420_q75", photo, quality=75)
save("baseline_444_q90", photo, quality=90, subsampling=0)
save("baseline_422_q85", photo, quality=85, subsampling=1)
save("progressive_420_q80", photo, quality=80, progressive=True)
save("progressive_444_q95", photo, quality=95, subsampling=0, progressive=True)
save("optimized_420_q60", photo, quality=60, optimize=True)
save("greyscale_q85", photo.convert("L"), quality=85)
save("odd_size_420_q75", Image.fromarray(natural(131, 97)), quality=75)
save("cmyk_q90", photo.convert("CMYK"), quality=90)
