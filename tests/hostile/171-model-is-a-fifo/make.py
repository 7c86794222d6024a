"""A FIFO named as the model, with no writer: open() must not block forever."""
import os
import sys

os.mkfifo(os.path.join(sys.argv[1], "model.yaml"))
