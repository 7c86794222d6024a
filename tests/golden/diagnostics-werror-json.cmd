validate tests/golden/diagnostics --format json --werror
