"""The bundled models the test scripts run over: models/midtjylland and one
model per example. An example that keeps other inputs beside its model
(examples/import-csv: an inventory and its CSV mapping) has the model in its
model/ folder."""
import os


def example_models(root):
    """Each example's model folder, sorted."""
    out = []
    examples = os.path.join(root, "examples")
    for d in sorted(os.listdir(examples)):
        example = os.path.join(examples, d)
        if os.path.isdir(example):
            model = os.path.join(example, "model")
            out.append(model if os.path.isdir(model) else example)
    return out


def bundled_models(root):
    """The bundled model, then each example's model."""
    return [os.path.join(root, "models", "midtjylland")] + example_models(root)
