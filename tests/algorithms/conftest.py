"""Algorithm tests run through ``processing.run`` as a user would: the provider is registered
on top of pytest-qgis' ``qgis_processing``."""
import pytest

_KEEP = []  # a Python reference, or the provider is garbage-collected


def ensure_provider():
    from qgis.core import QgsApplication
    from ecoecon.provider.provider import EcoEconProvider
    reg = QgsApplication.processingRegistry()
    p = reg.providerById("ecoecon")
    if p is None:
        p = EcoEconProvider()
        reg.addProvider(p)
        _KEEP[:] = [p]
    return p


@pytest.fixture(scope="session", autouse=True)
def _qgis_for_every_algorithm_test(qgis_cleanup):
    """QGIS for the session, with the clean-up at exit of ``tests/conftest.py``."""
    yield


@pytest.fixture
def provider(qgis_processing):
    return ensure_provider()


@pytest.fixture
def run(provider):
    """``run('ecoecon:x', {...})`` → results dict; raises QgsProcessingException on failure."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(alg_id, params, feedback=None):
        ctx = QgsProcessingContext()
        return processing.run(alg_id, params, context=ctx,
                              feedback=feedback or QgsProcessingFeedback())
    return _run
