levels models/midtjylland --municipality norddjurs --scenario differentieret
