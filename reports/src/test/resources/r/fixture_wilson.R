# Wilson intervals (R prop.test without continuity correction) for the rates of the report
# fixture in src/test/resources/fixture/metrics. Run: Rscript fixture_wilson.R > fixture_wilson.txt
cases <- list(c(7, 10), c(4, 5), c(3, 5), c(11, 20), c(4, 10), c(4, 5), c(18, 25), c(11, 15), c(7, 10),
              c(4, 4), c(5, 9), c(9, 13), c(3, 12))
for (x in cases) {
  ci <- prop.test(x[1], x[2], correct = FALSE)$conf.int
  cat(sprintf("%d/%d %.6g %.6g %.6g\n", x[1], x[2], x[1] / x[2], ci[1], ci[2]))
}
