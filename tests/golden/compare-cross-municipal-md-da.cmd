compare examples/cross-municipal -s lemvig-standard -s begge-basis --format md --lang da
