"""What the lifespan opens, as one typed ``Services`` on ``app.state`` (touched only here), and the
``Annotated`` dependencies routes declare to get it: ``ResponderDep``, ``AdminDep``, the rate limit..."""

from __future__ import annotations

from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Annotated, cast

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from assistant.domain import Surface
from assistant.llm.responder import Responder
from assistant.query.engine import Assistant, AssistantProvider
from assistant.services.feedback import FeedbackStore
from assistant.services.gaps import GapFinder
from assistant.services.questions import QuestionLog
from assistant.settings import Settings
from assistant.web.clients import client_address
from assistant.web.rate_limit import Limiter


@dataclass(frozen=True)
class Services:
    """Everything a request may use, opened once per app by its lifespan."""

    settings: Settings
    provider: AssistantProvider
    responder: Responder
    feedback: FeedbackStore
    limiter: Limiter  # in this process, or in Redis (ASSISTANT_REDIS_URL)
    inference: Executor  # the one thread the embedding model (and the index) runs on
    questions: QuestionLog
    gaps: GapFinder


def attach(app: FastAPI, services: Services) -> None:
    """Make ``services`` what this app's requests get."""
    app.state.services = services


# The getters below (and ``surface``) are async only so that FastAPI calls them on the event
# loop: a plain function would cost every request a hop to a worker thread and back.
async def get_services(request: Request) -> Services:
    return cast(Services, request.app.state.services)


ServicesDep = Annotated[Services, Depends(get_services)]


async def get_settings(services: ServicesDep) -> Settings:
    return services.settings


async def get_provider(services: ServicesDep) -> AssistantProvider:
    return services.provider


async def get_responder(services: ServicesDep) -> Responder:
    return services.responder


async def get_feedback(services: ServicesDep) -> FeedbackStore:
    return services.feedback


async def get_limiter(services: ServicesDep) -> Limiter:
    return services.limiter


async def get_questions(services: ServicesDep) -> QuestionLog:
    return services.questions


async def get_gaps(services: ServicesDep) -> GapFinder:
    return services.gaps


SettingsDep = Annotated[Settings, Depends(get_settings)]
ProviderDep = Annotated[AssistantProvider, Depends(get_provider)]
ResponderDep = Annotated[Responder, Depends(get_responder)]
FeedbackDep = Annotated[FeedbackStore, Depends(get_feedback)]
LimiterDep = Annotated[Limiter, Depends(get_limiter)]
QuestionLogDep = Annotated[QuestionLog, Depends(get_questions)]
GapsDep = Annotated[GapFinder, Depends(get_gaps)]


async def surface(
    x_assistant_surface: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Surface:
    """Where a question comes from, for the question log: the widget says so in a header."""
    return "widget" if x_assistant_surface == "widget" else "api"


SurfaceDep = Annotated[Surface, Depends(surface)]


def current_assistant(provider: ProviderDep) -> Assistant:
    """The Assistant of the serving index generation (503 through the handler when there is none)."""
    return provider.get()


AssistantDep = Annotated[Assistant, Depends(current_assistant)]


# The token is checked by `assistant.web.admin_gate` before the app runs (and so before an upload
# is read); declaring the scheme here puts it in the OpenAPI document.
_bearer = HTTPBearer(auto_error=False, description="ASSISTANT_ADMIN_TOKEN")


def require_admin(
    settings: SettingsDep, _: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> Settings:
    """The settings, for a request the admin gate let through."""
    return settings


AdminDep = Annotated[Settings, Depends(require_admin)]


async def rate_limited(request: Request, services: ServicesDep, limiter: LimiterDep) -> None:
    """Count the request against its client's limit; 429 with Retry-After once over it."""
    client = client_address(request.scope, services.settings.trusted_networks)
    retry_after = limiter.check(client)
    if retry_after is not None:
        raise HTTPException(
            status_code=429,
            detail=f"too many requests: at most {limiter.per_minute} a minute; retry in {retry_after} s",
            headers={"Retry-After": str(retry_after)},
        )


# The dependencies of every public endpoint: `APIRouter(..., dependencies=PUBLIC)` or per route.
PUBLIC = [Depends(rate_limited)]
