"""The CMA capability annex (资质认定证书附表): read it, export it, import it as an institution's scope."""
