validate tests/golden/diagnostics
