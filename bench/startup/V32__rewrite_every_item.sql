-- Start-up benchmark only (bench/startup.sh <dir> 3 filesystem:bench/startup): a migration that rewrites
-- every row of the item table, the kind that outlasted the server's deploy wait. Run it on a copy.
ALTER TABLE item ADD COLUMN startup_probe INTEGER;
UPDATE item SET startup_probe = 1;
