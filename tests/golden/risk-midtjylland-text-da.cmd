risk models/midtjylland --scenario alle-standard --runs 2000 --seed 7 --top 5 --lang da
