plan examples/cross-municipal --scenario begge-basis --format json
