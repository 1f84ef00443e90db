"""Time the same measures with networkx and python-igraph on the same graph (for npm run bench).

usage: python3 peers.py <edges.tsv> <n> <plan.json>
plan.json: {"pivots": K, "networkx": {measure: "exact" | "extrapolate:<k>:<target>" | "skip"}, "igraph": {...}}.
Prints one JSON object: {"versions": {...}, "networkx": {measure: {"ms": float, "note": str}}, "igraph": {...}}.
A library that is not importable is reported as {"missing": true}. Times are wall-clock
milliseconds of the call alone (graph loading excluded), best of `repeats` for quick calls.
"""
import json, random, sys, time

edges_path, n, plan_path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
plan = json.load(open(plan_path))
edges = []
with open(edges_path) as f:
    for line in f:
        a, b = line.split()
        edges.append((int(a), int(b)))


def timed(fn, repeats=1):
    best = None
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        ms = (time.perf_counter() - t) * 1000
        best = ms if best is None else min(best, ms)
    return best


def run(lib_plan, table):
    out = {}
    for measure, how in lib_plan.items():
        if how == 'skip' or measure not in table:
            continue
        try:
            if how == 'exact':
                ms = timed(table[measure], 3 if n <= 10000 and measure not in SLOW else 1)
                out[measure] = {'ms': ms, 'note': ''}
            elif how.startswith('extrapolate:'):
                # 'extrapolate:<k>:<target>': time k sources and scale linearly to <target> sources
                _, k, target = how.split(':')
                k, target = int(k), int(target)
                ms = timed(EXTRAPOLATE[lib_name][measure](k)) * target / k
                out[measure] = {'ms': ms, 'note': f'extrapolated from {k} to {target} sources'}
        except Exception as e:  # a peer failing must not stop the benchmark
            out[measure] = {'ms': None, 'note': f'{type(e).__name__}: {e}'[:120]}
    return out


SLOW = {'betweenness', 'closeness', 'constraint', 'eigenvector', 'louvain', 'diameter'}
result = {'versions': {}}
EXTRAPOLATE = {'networkx': {}, 'igraph': {}}

try:
    import networkx as nx
    result['versions']['networkx'] = nx.__version__
    G = nx.Graph()
    G.add_nodes_from(range(n))
    G.add_edges_from(edges)
    rng = random.Random(1)
    sample_nodes = lambda k: rng.sample(range(n), k)
    largest = lambda: G.subgraph(max(nx.connected_components(G), key=len))
    EXTRAPOLATE['networkx'] = {
        'betweenness': lambda k: (lambda: nx.betweenness_centrality(G, k=k, seed=1)),
        'betweennessApprox': lambda k: (lambda: nx.betweenness_centrality(G, k=k, seed=1)),
        'closeness': lambda k: (lambda nodes=sample_nodes(k): [nx.closeness_centrality(G, u=u) for u in nodes]),
    }
    table = {
        'components': lambda: [len(c) for c in nx.connected_components(G)],
        'diameter': lambda: nx.diameter(largest(), usebounds=True),
        'degree': lambda: nx.degree_centrality(G),
        'betweenness': lambda: nx.betweenness_centrality(G),
        'betweennessApprox': lambda: nx.betweenness_centrality(G, k=int(plan.get('pivots', 256)), seed=1),
        'closeness': lambda: nx.closeness_centrality(G),
        'eigenvector': lambda: nx.eigenvector_centrality(G, max_iter=1000),
        'pagerank': lambda: nx.pagerank(G, weight=None),
        'louvain': lambda: nx.community.louvain_communities(G, seed=1),
        'constraint': lambda: nx.constraint(G),
        'articulation': lambda: list(nx.articulation_points(G)),
    }
    lib_name = 'networkx'
    result['networkx'] = run(plan.get('networkx', {}), table)
except ImportError:
    result['networkx'] = {'missing': True}

try:
    import igraph as ig
    result['versions']['igraph'] = ig.__version__
    g = ig.Graph(n=n, edges=edges, directed=False)
    table = {
        'components': lambda: g.connected_components().sizes(),
        'diameter': lambda: g.diameter(directed=False),
        'degree': lambda: g.degree(),
        'betweenness': lambda: g.betweenness(directed=False),
        'closeness': lambda: g.closeness(),
        'eigenvector': lambda: g.eigenvector_centrality(),
        'pagerank': lambda: g.pagerank(directed=False),
        'louvain': lambda: g.community_multilevel(),
        'constraint': lambda: g.constraint(),
        'articulation': lambda: g.articulation_points(),
    }
    lib_name = 'igraph'
    result['igraph'] = run(plan.get('igraph', {}), table)
except ImportError:
    result['igraph'] = {'missing': True}

json.dump(result, sys.stdout)
