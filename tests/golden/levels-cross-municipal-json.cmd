levels examples/cross-municipal --municipality struer --scenario lemvig-standard --format json
