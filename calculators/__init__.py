"""The law as data: time limits, holidays, fees and eligibility after a Canadian immigration refusal."""
