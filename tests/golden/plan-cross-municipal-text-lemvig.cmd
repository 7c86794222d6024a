plan examples/cross-municipal --scenario lemvig-standard --municipality lemvig
