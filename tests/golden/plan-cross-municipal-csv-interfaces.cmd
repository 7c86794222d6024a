plan examples/cross-municipal --scenario lemvig-standard --format csv --table interfaces
