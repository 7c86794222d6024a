fmt --check tests/golden/fmt
