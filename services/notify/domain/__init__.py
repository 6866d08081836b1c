"""Notify stage, pure core: receiver configuration, which alerts a receiver wants, payloads and signatures."""
