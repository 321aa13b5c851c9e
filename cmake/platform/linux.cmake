# Desktop (Linux) build: the testers' build and the one CI runs.
set(VAULTLINK_PLATFORM "desktop")
set(VAULTLINK_BUILD_SERVER ON)
