"""Field safety: backup, travel mode (escrow of the header), duress passphrase, wipe, and the
recovery secret split into SLIP-39 word shares. See docs/backup.md and docs/travel-mode.md."""
