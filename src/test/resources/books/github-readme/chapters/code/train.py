import torch

print("train")
