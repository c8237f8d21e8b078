# Golden values for RiskRatio: log method, 95 %; when any of the four cells is zero, 0.5 is
# added to every cell for the ratio and its interval. Written out explicitly.
# Run: Rscript risk_ratio.R > risk_ratio.csv
cases <- list(c(5, 7, 2, 5), c(7, 10, 3, 12), c(0, 8, 3, 9), c(4, 4, 1, 6), c(0, 5, 0, 7),
              c(6, 6, 9, 9), c(13, 40, 20, 45), c(3, 10, 3, 10), c(1, 1, 0, 1), c(12, 30, 5, 40))
z <- qnorm(0.975)
cat("x1,n1,x0,n0,rr,rr_low,rr_high\n")
for (cs in cases) {
  cells <- c(cs[1], cs[2] - cs[1], cs[3], cs[4] - cs[3])
  if (any(cells == 0)) cells <- cells + 0.5
  a <- cells[1]; b <- cells[2]; c <- cells[3]; d <- cells[4]
  rr <- (a / (a + b)) / (c / (c + d))
  se <- sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))
  cat(sprintf("%d,%d,%d,%d,%.15g,%.15g,%.15g\n", cs[1], cs[2], cs[3], cs[4],
              rr, exp(log(rr) - z * se), exp(log(rr) + z * se)))
}
