#!/usr/bin/env Rscript
# Reference values for weighted proportions and Kish's effective n.
#
# Writes src/lib/stats/fixtures/survey-reference.json, which the vitest specs
# in src/lib/stats/ read. Not run by CI: the JSON is committed. See
# scripts/reference/README.md for how to regenerate it.
#
#     apt-get install r-cran-survey
#     Rscript scripts/reference/make_survey_reference.R
#
# For each data set of respondents (a 0/1 answer and a weight each):
# - weightedProportion: survey's svymean of the 0/1 answer under
#   svydesign(ids = ~1, weights = ~weight), i.e. sum(w * y) / sum(w);
# - kishEffectiveN: (sum w)^2 / sum(w^2), computed here by hand: the survey
#   package has no Kish n_eff (its deff = TRUE is the design effect of one
#   estimate, a different quantity);
# - designEffect: n / kishEffectiveN, n being the number of respondents.
#
# The data sets are deterministic (modular arithmetic, no random numbers), so
# the output does not depend on R's random number generator.

suppressPackageStartupMessages(library(survey))

script_path <- function() {
  argument <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  normalizePath(sub("^--file=", "", argument[1]))
}
output <- file.path(dirname(script_path()), "..", "..", "src", "lib", "stats", "fixtures",
                    "survey-reference.json")

respondents <- function(count) seq_len(count)

data_sets <- list(
  list(
    name = "uniform weights, 88 respondents, half answering yes",
    weights = rep(1, 88),
    values = as.numeric(respondents(88) <= 44)
  ),
  list(
    name = "entrepreneurs-like sample of 88 with moderate weights",
    weights = 0.6 + ((respondents(88) * 37) %% 17) / 10,
    values = as.numeric(((respondents(88) * 13) %% 7) < 3)
  ),
  list(
    name = "public-like sample of 1071 with wider weights",
    weights = 0.4 + ((respondents(1071) * 53) %% 29) / 12,
    values = as.numeric(((respondents(1071) * 11) %% 20) < 7)
  ),
  list(
    name = "public-like sample of 1002 weighted up to 50 million adults",
    weights = (0.5 + ((respondents(1002) * 31) %% 23) / 9) * 50e6 / 1002,
    values = as.numeric(((respondents(1002) * 7) %% 10) < 6)
  ),
  list(
    name = "one heavy respondent among 30",
    weights = c(10, rep(1, 29)),
    values = c(1, as.numeric(respondents(29) <= 3))
  ),
  list(
    name = "nobody answering yes, 63 weighted respondents",
    weights = 0.7 + ((respondents(63) * 5) %% 11) / 8,
    values = rep(0, 63)
  ),
  list(
    name = "everybody answering yes, 82 weighted respondents",
    weights = 0.9 + ((respondents(82) * 3) %% 7) / 5,
    values = rep(1, 82)
  ),
  list(
    name = "five respondents",
    weights = c(0.5, 1.5, 2, 1, 3),
    values = c(1, 0, 1, 1, 0)
  )
  # No single-respondent case: svydesign refuses a design with one sampling
  # unit; the specs check that case (n_eff = 1) by hand.
)

reference_case <- function(data_set) {
  frame <- data.frame(value = data_set$values, weight = data_set$weights)
  design <- svydesign(ids = ~1, weights = ~weight, data = frame)
  weighted_proportion <- unname(coef(svymean(~value, design)))
  kish_effective_n <- sum(frame$weight)^2 / sum(frame$weight^2)
  list(
    name = data_set$name,
    weights = frame$weight,
    values = frame$value,
    weightedProportion = weighted_proportion,
    kishEffectiveN = kish_effective_n,
    designEffect = nrow(frame) / kish_effective_n
  )
}

# jsonlite prints at most 15 significant digits; write numbers with 17 so that
# every double reads back exactly.
json_number <- function(x) sprintf("%.17g", x)
json_string <- function(x) paste0("\"", gsub("\"", "\\\\\"", x), "\"")
json_array <- function(x) paste0("[", paste(json_number(x), collapse = ","), "]")

json_case <- function(case) {
  paste0(
    "  {\n",
    "   \"name\": ", json_string(case$name), ",\n",
    "   \"weightedProportion\": ", json_number(case$weightedProportion), ",\n",
    "   \"kishEffectiveN\": ", json_number(case$kishEffectiveN), ",\n",
    "   \"designEffect\": ", json_number(case$designEffect), ",\n",
    "   \"values\": ", json_array(case$values), ",\n",
    "   \"weights\": ", json_array(case$weights), "\n",
    "  }"
  )
}

cases <- lapply(data_sets, reference_case)
json <- paste0(
  "{\n",
  " \"generator\": {\n",
  "  \"script\": \"scripts/reference/make_survey_reference.R\",\n",
  "  \"R\": ", json_string(R.version.string), ",\n",
  "  \"survey\": ", json_string(as.character(packageVersion("survey"))), ",\n",
  "  \"conventions\": \"weightedProportion from survey::svymean; kishEffectiveN = (sum w)^2 / sum(w^2) and designEffect = n / kishEffectiveN computed by hand\"\n",
  " },\n",
  " \"cases\": [\n",
  paste(vapply(cases, json_case, character(1)), collapse = ",\n"),
  "\n ]\n}\n"
)
dir.create(dirname(output), recursive = TRUE, showWarnings = FALSE)
writeLines(json, output, sep = "")
cat("wrote", normalizePath(output), "with", length(cases), "cases\n")
