compare examples/cross-municipal --scenario lemvig-standard --scenario begge-basis --format json
