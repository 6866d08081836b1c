"""`python -m services.ingest worker`: the ingest stage as a faust worker."""

from services.ingest.agents import app

app.main()
