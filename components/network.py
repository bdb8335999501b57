"""Who met whom as a graph: people are nodes, an edge counts the meetings two people shared.

Pure functions of the meetings DataFrame, so the page, the GraphML export and the tests all see
the same graph.
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

import networkx as nx
import pandas as pd


def people_of(participants: list[str] | None, attendees: list[str] | None) -> list[str]:
    """Everyone present at one meeting, in order, without repeats or blanks."""
    seen: dict[str, None] = {}
    for name in [*(participants or []), *(attendees or [])]:
        if name and name not in seen:
            seen[name] = None
    return list(seen)


def meeting_graph(meetings: pd.DataFrame) -> nx.Graph:
    """Nodes carry ``meetings`` (how many meetings the person is in); edges carry ``weight``
    (how many meetings the two shared). Planned and cancelled meetings count too — the table
    says which is which."""
    g = nx.Graph()
    if meetings.empty:
        return g
    node_count: Counter[str] = Counter()
    edge_count: Counter[tuple[str, str]] = Counter()
    for parts, atts in zip(meetings["participants"], meetings["attendees"], strict=True):
        people = people_of(parts, atts)
        node_count.update(people)
        for a, b in combinations(sorted(people), 2):
            edge_count[(a, b)] += 1
    for name, n in node_count.items():
        g.add_node(name, meetings=n)
    for (a, b), w in edge_count.items():
        g.add_edge(a, b, weight=w)
    return g


def top_subgraph(g: nx.Graph, n: int = 60) -> nx.Graph:
    """The ``n`` people in most meetings (ties by name), for a readable drawing."""
    ranked = sorted(g.nodes, key=lambda v: (-g.nodes[v].get("meetings", 0), v))[:n]
    return g.subgraph(ranked).copy()


def person_matrix(g: nx.Graph, n: int = 25) -> pd.DataFrame:
    """Person × person counts of shared meetings for the ``n`` busiest people (diagonal 0)."""
    sub = top_subgraph(g, n)
    names = sorted(sub.nodes, key=lambda v: (-sub.nodes[v].get("meetings", 0), v))
    m = pd.DataFrame(0, index=names, columns=names, dtype=int)
    for a, b, w in sub.edges(data="weight"):
        m.loc[a, b] = w
        m.loc[b, a] = w
    return m


def layout(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """A deterministic force-directed layout (same picture on every rerun)."""
    if g.number_of_nodes() == 0:
        return {}
    k = 1.2 / max(1, g.number_of_nodes()) ** 0.5
    pos = nx.spring_layout(g, weight="weight", seed=seed, k=k)
    return {k: (float(v[0]), float(v[1])) for k, v in pos.items()}
