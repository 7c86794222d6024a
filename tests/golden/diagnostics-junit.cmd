validate tests/golden/diagnostics --format junit
