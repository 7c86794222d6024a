plan examples/cross-municipal --scenario lemvig-standard --format dot --municipality lemvig --lang da
