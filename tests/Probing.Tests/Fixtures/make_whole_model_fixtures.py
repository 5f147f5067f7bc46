#!/usr/bin/python3
"""Whole pickled models, as torch.save(model) writes them (like Places365's whole_* files).

Run from this folder, after make_fixtures.py, with Debian's python3-torch and python3-torchvision:
    /usr/bin/python3 make_whole_model_fixtures.py

Outputs:
  tiny_resnet18.whole.zip.pth.tar     torch.save(model), zip format
  tiny_resnet18.whole.legacy.pth.tar  torch.save(model), legacy format (with each class's source)
  pickled_optimizer.pth.tar           torch.save(optimizer): a pickled object that holds no model
The model holds the weights of tiny_resnet18.zip.pth.tar, so its layer4 outputs are layer4.npy.
"""
import torch

from make_fixtures import TinyResNet18


def main():
    model = TinyResNet18()
    state = torch.load("tiny_resnet18.zip.pth.tar")["state_dict"]
    model.load_state_dict({k[len("module."):]: v for k, v in state.items()})
    model.eval()
    torch.save(model, "tiny_resnet18.whole.zip.pth.tar")
    torch.save(model, "tiny_resnet18.whole.legacy.pth.tar", _use_new_zipfile_serialization=False)
    torch.save(torch.optim.SGD(model.parameters(), lr=0.1), "pickled_optimizer.pth.tar")


if __name__ == "__main__":
    main()
