# Golden values for KaplanMeier: R survival::survfit(Surv(time, status) ~ 1, conf.type = "log-log"),
# quantile(fit, 0.5) and 1 - S(t) from summary(fit, times = t).
# Run: Rscript kaplan_meier.R   (writes kaplan_meier_steps.csv, kaplan_meier_median.csv,
# kaplan_meier_event_by.csv beside this script; run it from this folder)
library(survival)
fmt <- function(v) ifelse(is.na(v), "NaN", sprintf("%.15g", v))
fixtures <- list(
  # events and censorings tied at 5 and 8; the curve ends with an event (reaches 0)
  ties = data.frame(time = c(5, 5, 5, 8, 8, 12, 15, 15, 20, 22),
                    status = c(1, 1, 0, 1, 0, 0, 1, 1, 0, 1)),
  all_censored = data.frame(time = c(3, 7, 7, 10), status = c(0, 0, 0, 0)),
  # S = 0.5 exactly from t = 4 until the next event at t = 9: median (4 + 9) / 2
  flat_half = data.frame(time = c(2, 4, 6, 9), status = c(1, 1, 0, 1)),
  # S = 0.5 exactly at the last event, last time 8 is a censoring: median (3 + 8) / 2
  ends_at_half = data.frame(time = c(3, 8), status = c(1, 0)),
  reaches_zero = data.frame(time = c(1, 3, 3, 6), status = c(1, 1, 1, 1)),
  # an event at time 0 and a longer curve that never reaches 0.5
  mixed = data.frame(time = c(0, 14, 30, 30, 30, 45, 60, 60, 90, 120, 180, 180, 200, 365, 365, 400, 500, 700, 730, 730),
                     status = c(1, 0, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0)))
times <- c(0, 1, 4, 5, 6, 8.5, 9, 12, 22, 23, 180, 365, 730, 731)
steps <- "fixture,t,n_risk,n_event,n_censor,survival,ci_low,ci_high"
medians <- "fixture,median"
eventBy <- "fixture,t,p_event"
for (name in names(fixtures)) {
  fit <- survfit(Surv(time, status) ~ 1, data = fixtures[[name]], conf.type = "log-log")
  steps <- c(steps, paste(name, fmt(fit$time), fit$n.risk, fit$n.event, fit$n.censor,
                          fmt(fit$surv), fmt(fit$lower), fmt(fit$upper), sep = ","))
  medians <- c(medians, paste(name, fmt(unname(quantile(fit, 0.5, conf.int = FALSE))), sep = ","))
  s <- summary(fit, times = times, extend = TRUE)$surv
  p <- ifelse(times > max(fit$time), NA, 1 - s)
  eventBy <- c(eventBy, paste(name, fmt(times), fmt(p), sep = ","))
}
writeLines(steps, "kaplan_meier_steps.csv")
writeLines(medians, "kaplan_meier_median.csv")
writeLines(eventBy, "kaplan_meier_event_by.csv")
