plan models/midtjylland --scenario differentieret --format dot --municipality samsoe
