plan tests/golden/warnings --warnings --format json
