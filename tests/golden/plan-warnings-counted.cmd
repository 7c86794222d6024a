plan tests/golden/warnings
