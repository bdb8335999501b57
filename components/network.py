"""Who met whom as a graph: people are nodes, an edge counts the meetings two people shared.

Pure functions of the meetings DataFrame, so the page, the GraphML export and the tests all see
the same graph.
"""

from __future__ import annotations

import math
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
    """A deterministic layout (same picture on every rerun) that keeps names readable.

    News meeting graphs fall apart into many small groups (one delegation each); a single
    force-directed layout flings them to the corners and crushes each group into a dot. So each
    connected group is laid out on its own — a circle for up to five people, force-directed
    beyond — and the groups are packed on a grid, biggest first, in cells sized to the group."""
    if g.number_of_nodes() == 0:
        return {}
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    ncols = max(1, math.ceil(math.sqrt(len(comps))))
    locals_: list[dict[str, tuple[float, float]]] = []
    for names in comps:
        sub = g.subgraph(names)
        if len(names) == 1:
            local = {names[0]: (0.0, 0.0)}
        elif len(names) <= 5:
            local = {k: (float(v[0]), float(v[1])) for k, v in
                     nx.circular_layout(sub, scale=0.9).items()}
        else:
            radius = 0.9 * math.sqrt(len(names) / 5)
            local = {k: (float(v[0]), float(v[1])) for k, v in
                     nx.spring_layout(sub, weight="weight", seed=seed, scale=radius,
                                      k=2 / math.sqrt(len(names))).items()}
        locals_.append(local)
    reach = max(max(abs(c) for xy in loc.values() for c in xy) for loc in locals_)
    cell = 2 * max(reach, 0.9) + 1.4
    pos: dict[str, tuple[float, float]] = {}
    for i, local in enumerate(locals_):
        cx, cy = (i % ncols) * cell, -(i // ncols) * cell
        for name, (x, y) in local.items():
            pos[name] = (cx + x, cy + y)
    return pos
