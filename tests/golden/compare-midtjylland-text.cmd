compare models/midtjylland --scenario alle-standard --scenario differentieret
