levels examples/cross-municipal --municipality lemvig --scenario lemvig-standard
