plan models/midtjylland --scenario boelger-2027 --municipality lemvig --lang da
