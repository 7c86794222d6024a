plan examples/cross-municipal --scenario lemvig-standard --format md
