plan models/midtjylland --scenario differentieret --format csv --table municipalities
