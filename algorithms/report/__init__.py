"""QGIS helpers of the planning report (styles, print layouts, HTML); no algorithm here."""
