#!/usr/bin/python3
"""Trains the example and benchmark models with scikit-learn and writes them as ONNX, with the
bad-model fixtures of the tests. Run from anywhere: `/usr/bin/python3 scripts/make-models.py`.

Needs scikit-learn (1.2) and onnx (1.12) (Debian: python3-sklearn, python3-onnx) and node (the
benchmark sample comes from bench/generate.mjs). The outputs are committed, so neither CI nor a
user needs Python; rerunning rewrites the same bytes (fixed seeds, no timestamps, protobuf has no
map fields whose order could vary) and prints each file's SHA-256.

skl2onnx is not available here, so the graphs are built with onnx.helper by two small converters
for exactly the estimators used, following the ai.onnx.ml operator specs:

- The baseline, a LogisticRegression behind a ColumnTransformer, in the shape sklearn-onnx
  exports it: one input per column named like the column (numeric tensor(float) [N, 1],
  categorical tensor(string) [N, 1]).
    Concat(axis 1) of the numeric inputs -> Imputer (SimpleImputer's medians; NaN is the missing
    value, as in the CSV columns) -> Scaler (StandardScaler: offset = mean, scale = 1 / std).
    OneHotEncoder per categorical input (cats_strings = the fitted categories, zeros = 1 so an
    unseen category is all zeros, like handle_unknown='ignore') -> [N, 1, K], Concat(axis 2) ->
    Reshape [N, sum K].
    Concat(axis 1) -> LinearClassifier with the two rows [-w; w] and intercepts [-b, b] and
    post_transform LOGISTIC: scores [sigmoid(-s), sigmoid(s)] = [1 - p, p] and the label is the
    argmax, class 0 on a tie, as sklearn's predict (decision > 0 is class 1). The tensor goes
    into a ZipMap (classlabels_int64s) -> output_probability seq(map(int64, float)), and the
    label is output_label tensor(int64) [N], sklearn-onnx's default outputs.
- The candidate, a HistGradientBoostingClassifier, as one TreeEnsembleClassifier on one float
  input [N, F]: BRANCH_LEQ nodes (sklearn sends x <= num_threshold left, the "true" branch),
  nodes_missing_value_tracks_true = missing_go_to_left (NaN follows sklearn's learned side),
  leaf weights = the trees' values (HistGradientBoosting stores them already shrunk by the
  learning rate), base_values = the baseline raw prediction, post_transform LOGISTIC; a binary
  ensemble has one score column (class_ids all 0) that onnxruntime turns into [1 - p, p].
  HistGradientBoosting is used rather than GradientBoosting because it handles the missing
  months_employed values itself, as the ONNX tree nodes can.
  Thresholds are float in the ONNX op and inputs are float32; each threshold t is stored as the
  largest float32 <= t, so for every float32 input x, x <= t32 exactly when x <= t. The models
  are trained on float32-rounded features, so sklearn and the ONNX graph see the same values.

Every graph is checked with onnx.checker.check_model except the fixtures that are broken on
purpose (truncated, not ONNX, opset 999: that one is checked at a valid opset before it is set),
and each converted model is also evaluated by a small numpy implementation of the ONNX op
semantics and compared with sklearn before it is written.
"""
import csv
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OPSETS = [helper.make_opsetid('', 15), helper.make_opsetid('ai.onnx.ml', 3)]
PRODUCER = 'model-gate scripts/make-models.py'
SEED = 20261204
WRITTEN = []

EXAMPLE_NUMERIC = ['age', 'income', 'debt_ratio', 'credit_lines', 'months_employed']
EXAMPLE_CATEGORICAL = ['employment', 'region', 'channel']
# The candidate's story: retrained without debt_ratio.
EXAMPLE_CANDIDATE = ['age', 'income', 'credit_lines', 'months_employed']
BENCH_NUMERIC = ['f%02d' % i for i in range(1, 17)]
BENCH_CATEGORICAL = ['cat1', 'cat2', 'cat3']


# ---------------------------------------------------------------------------------------------
# Data


def read_csv(path, numeric, categorical, target):
    """Numeric columns as float64 (NaN for an empty field), categoricals as str arrays, target int."""
    with open(path, newline='') as f:
        rows = list(csv.DictReader(f))
    table = {}
    for c in numeric:
        table[c] = np.array([float(r[c]) if r[c] != '' else np.nan for r in rows])
    for c in categorical:
        table[c] = np.array([r[c] for r in rows], dtype=object)
    table[target] = np.array([int(r[target]) for r in rows])
    return table


def as_float32(x):
    """The values an ONNX float input holds, as float64 again for sklearn."""
    return np.asarray(x, dtype=np.float64).astype(np.float32).astype(np.float64)


def frame(table, numeric, categorical):
    """An object matrix for the ColumnTransformer, with float32-rounded numerics."""
    cols = [as_float32(table[c]).astype(object) for c in numeric] + [table[c] for c in categorical]
    return np.column_stack(cols) if cols else np.empty((0, 0))


def matrix(table, columns):
    return np.column_stack([as_float32(table[c]) for c in columns])


# ---------------------------------------------------------------------------------------------
# ONNX building blocks


def float_input(name, width):
    return helper.make_tensor_value_info(name, TensorProto.FLOAT, [None, width])


def zipmap_type(key_type):
    """seq(map(key, tensor(float))): onnx 1.12's helper has no make_map_type_proto."""
    value = helper.make_tensor_type_proto(TensorProto.FLOAT, [])
    t = onnx.TypeProto()
    t.sequence_type.elem_type.map_type.key_type = key_type
    t.sequence_type.elem_type.map_type.value_type.CopyFrom(value)
    return t


def make_model(graph, opsets=OPSETS, doc=''):
    model = helper.make_model(graph, opset_imports=opsets, producer_name=PRODUCER, producer_version='1')
    model.ir_version = 8
    model.doc_string = doc
    return model


def checked(model):
    # Strict shape inference too, except on a ZipMap's seq(map) output, a type onnx 1.12's
    # inference cannot merge ("type case unsupported"); the structural check still runs there.
    zipmap = any(n.op_type == 'ZipMap' for n in model.graph.node)
    onnx.checker.check_model(model, full_check=not zipmap)
    return model


def float32_floor(t):
    """The largest float32 <= t: for every float32 x, x <= result exactly when x <= t."""
    r = np.float32(t)
    if np.isfinite(t) and float(r) > t:
        r = np.nextafter(r, np.float32(-np.inf), dtype=np.float32)
    return float(r)


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'wb') as f:
        f.write(data)
    WRITTEN.append((path, hashlib.sha256(data).hexdigest(), len(data)))


def write_model(path, model):
    write(path, model.SerializeToString())


def write_json(path, obj):
    write(path, (json.dumps(obj, indent=2) + '\n').encode())


# ---------------------------------------------------------------------------------------------
# Converter 1: ColumnTransformer(impute + scale | one-hot) + LogisticRegression, per-column inputs


def fit_linear_pipeline(table, numeric, categorical, target):
    pre = ColumnTransformer([
        ('num', Pipeline([('impute', SimpleImputer(strategy='median')), ('scale', StandardScaler())]), list(range(len(numeric)))),
        ('cat', OneHotEncoder(handle_unknown='ignore'), list(range(len(numeric), len(numeric) + len(categorical)))),
    ])
    pipe = Pipeline([('pre', pre), ('clf', LogisticRegression(max_iter=2000))])
    pipe.fit(frame(table, numeric, categorical), table[target])
    return pipe


def linear_pipeline_graph(pipe, numeric, categorical, name):
    pre = pipe.named_steps['pre']
    imputer = pre.named_transformers_['num'].named_steps['impute']
    scaler = pre.named_transformers_['num'].named_steps['scale']
    encoder = pre.named_transformers_['cat']
    clf = pipe.named_steps['clf']
    assert list(clf.classes_) == [0, 1]
    nodes, inits = [], []
    nodes.append(helper.make_node('Concat', numeric, ['numeric'], axis=1))
    nodes.append(helper.make_node(
        'Imputer', ['numeric'], ['imputed'], domain='ai.onnx.ml',
        imputed_value_floats=[float(v) for v in imputer.statistics_], replaced_value_float=float('nan')))
    nodes.append(helper.make_node(
        'Scaler', ['imputed'], ['scaled'], domain='ai.onnx.ml',
        offset=[float(v) for v in scaler.mean_], scale=[float(1.0 / v) for v in scaler.scale_]))
    width = 0
    for col, cats in zip(categorical, encoder.categories_):
        nodes.append(helper.make_node(
            'OneHotEncoder', [col], [col + '_onehot'], domain='ai.onnx.ml',
            cats_strings=[str(c) for c in cats], zeros=1))
        width += len(cats)
    nodes.append(helper.make_node('Concat', [c + '_onehot' for c in categorical], ['onehot3d'], axis=2))
    inits.append(numpy_helper.from_array(np.array([-1, width], dtype=np.int64), 'onehot_shape'))
    nodes.append(helper.make_node('Reshape', ['onehot3d', 'onehot_shape'], ['onehot']))
    nodes.append(helper.make_node('Concat', ['scaled', 'onehot'], ['features'], axis=1))
    w = clf.coef_[0]
    b = float(clf.intercept_[0])
    nodes.append(helper.make_node(
        'LinearClassifier', ['features'], ['output_label', 'probability_tensor'], domain='ai.onnx.ml',
        coefficients=[float(v) for v in np.concatenate([-w, w])], intercepts=[-b, b],
        classlabels_ints=[0, 1], post_transform='LOGISTIC', multi_class=0))
    nodes.append(helper.make_node(
        'ZipMap', ['probability_tensor'], ['output_probability'], domain='ai.onnx.ml', classlabels_int64s=[0, 1]))
    inputs = [float_input(c, 1) for c in numeric] + [
        helper.make_tensor_value_info(c, TensorProto.STRING, [None, 1]) for c in categorical]
    outputs = [
        helper.make_tensor_value_info('output_label', TensorProto.INT64, [None]),
        helper.make_value_info('output_probability', zipmap_type(TensorProto.INT64)),
    ]
    return helper.make_graph(nodes, name, inputs, outputs, inits)


def eval_linear_pipeline(pipe, table, numeric, categorical):
    """The graph's arithmetic in float32, as onnxruntime does it: [P(1)], labels."""
    pre = pipe.named_steps['pre']
    imputer = pre.named_transformers_['num'].named_steps['impute']
    scaler = pre.named_transformers_['num'].named_steps['scale']
    encoder = pre.named_transformers_['cat']
    clf = pipe.named_steps['clf']
    x = np.column_stack([table[c] for c in numeric]).astype(np.float32)
    fill = np.broadcast_to(imputer.statistics_.astype(np.float32), x.shape)
    x = np.where(np.isnan(x), fill, x)
    x = (x - scaler.mean_.astype(np.float32)) * (1.0 / scaler.scale_).astype(np.float32)
    parts = [x]
    for col, cats in zip(categorical, encoder.categories_):
        parts.append((table[col][:, None] == np.array(cats, dtype=object)[None, :]).astype(np.float32))
    f = np.concatenate(parts, axis=1)
    s = f @ clf.coef_[0].astype(np.float32) + np.float32(clf.intercept_[0])
    return 1.0 / (1.0 + np.exp(-s.astype(np.float64))), (s > 0).astype(int)


# ---------------------------------------------------------------------------------------------
# Converter 2: HistGradientBoostingClassifier (binary, numeric) -> TreeEnsembleClassifier


def tree_ensemble_attrs(clf):
    assert clf.n_trees_per_iteration_ == 1 and list(clf.classes_) == [0, 1]
    a = {k: [] for k in ['nodes_treeids', 'nodes_nodeids', 'nodes_featureids', 'nodes_modes', 'nodes_values',
                         'nodes_truenodeids', 'nodes_falsenodeids', 'nodes_missing_value_tracks_true',
                         'class_treeids', 'class_nodeids', 'class_ids', 'class_weights']}
    for tree_id, (predictor,) in enumerate(clf._predictors):
        for node_id, n in enumerate(predictor.nodes):
            assert not n['is_categorical']
            leaf = bool(n['is_leaf'])
            a['nodes_treeids'].append(tree_id)
            a['nodes_nodeids'].append(node_id)
            a['nodes_featureids'].append(0 if leaf else int(n['feature_idx']))
            a['nodes_modes'].append('LEAF' if leaf else 'BRANCH_LEQ')
            a['nodes_values'].append(0.0 if leaf else float32_floor(float(n['num_threshold'])))
            a['nodes_truenodeids'].append(0 if leaf else int(n['left']))
            a['nodes_falsenodeids'].append(0 if leaf else int(n['right']))
            a['nodes_missing_value_tracks_true'].append(0 if leaf else int(n['missing_go_to_left']))
            if leaf:
                a['class_treeids'].append(tree_id)
                a['class_nodeids'].append(node_id)
                a['class_ids'].append(0)
                a['class_weights'].append(float(np.float32(n['value'])))
    # onnxruntime's binary case reads a single score column as a margin (label 1 when > 0) only
    # when some weight is negative; all-positive weights would be read as a probability.
    assert min(a['class_weights']) < 0
    a['base_values'] = [float(np.float32(clf._baseline_prediction.ravel()[0]))]
    return a


def tree_ensemble_graph(clf, width, name):
    attrs = tree_ensemble_attrs(clf)
    node = helper.make_node(
        'TreeEnsembleClassifier', ['input'], ['label', 'probabilities'], domain='ai.onnx.ml',
        classlabels_int64s=[0, 1], post_transform='LOGISTIC', **attrs)
    outputs = [
        helper.make_tensor_value_info('label', TensorProto.INT64, [None]),
        helper.make_tensor_value_info('probabilities', TensorProto.FLOAT, [None, 2]),
    ]
    return helper.make_graph([node], name, [float_input('input', width)], outputs), attrs


def eval_tree_ensemble(attrs, x):
    """TreeEnsemble semantics on float32 inputs: the summed leaf weights plus the base value."""
    x = x.astype(np.float32)
    nodes = {}
    for i in range(len(attrs['nodes_nodeids'])):
        nodes[(attrs['nodes_treeids'][i], attrs['nodes_nodeids'][i])] = i
    leaf_weight = {(t, n): w for t, n, w in zip(attrs['class_treeids'], attrs['class_nodeids'], attrs['class_weights'])}
    trees = sorted(set(attrs['nodes_treeids']))
    out = np.full(len(x), attrs['base_values'][0], dtype=np.float64)
    for r in range(len(x)):
        for t in trees:
            i = nodes[(t, 0)]
            while attrs['nodes_modes'][i] != 'LEAF':
                v = x[r, attrs['nodes_featureids'][i]]
                go_true = bool(attrs['nodes_missing_value_tracks_true'][i]) if np.isnan(v) else v <= np.float32(attrs['nodes_values'][i])
                i = nodes[(t, attrs['nodes_truenodeids'][i] if go_true else attrs['nodes_falsenodeids'][i])]
            out[r] += leaf_weight[(t, attrs['nodes_nodeids'][i])]
    return out


def fit_boosted(x, y, max_iter):
    clf = HistGradientBoostingClassifier(
        max_iter=max_iter, max_depth=3, learning_rate=0.1, early_stopping=False, random_state=SEED)
    return clf.fit(x, y)


def assert_close(what, got, want, tol):
    worst = float(np.max(np.abs(np.asarray(got) - np.asarray(want))))
    assert worst <= tol, '%s: differs from sklearn by %g' % (what, worst)


# ---------------------------------------------------------------------------------------------
# 1. examples/onnx


def metrics(y, p, labels):
    return {'accuracy': round(float(accuracy_score(y, labels)), 6), 'roc_auc': round(float(roc_auc_score(y, p)), 6)}


def make_examples():
    ref = read_csv(os.path.join(ROOT, 'examples/data/reference.csv'), EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL, 'defaulted')
    cur = read_csv(os.path.join(ROOT, 'examples/data/current.csv'), EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL, 'defaulted')

    base = fit_linear_pipeline(ref, EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL, 'defaulted')
    base_graph = linear_pipeline_graph(base, EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL, 'loan_default_baseline')
    base_model = checked(make_model(base_graph, doc='Loan default: LogisticRegression on 5 numeric and 3 one-hot columns (examples/onnx).'))

    cand = fit_boosted(matrix(ref, EXAMPLE_CANDIDATE), ref['defaulted'], 60)
    cand_graph, cand_attrs = tree_ensemble_graph(cand, len(EXAMPLE_CANDIDATE), 'loan_default_candidate')
    cand_model = checked(make_model(cand_graph, doc='Loan default: HistGradientBoosting, 60 trees of depth 3, without debt_ratio (examples/onnx).'))

    xb = frame(cur, EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL)
    xc = matrix(cur, EXAMPLE_CANDIDATE)
    pb, lb = base.predict_proba(xb)[:, 1], base.predict(xb)
    pc, lc = cand.predict_proba(xc)[:, 1], cand.predict(xc)

    # The graphs' own arithmetic reproduces sklearn on every current row.
    qb, mb = eval_linear_pipeline(base, cur, EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL)
    assert_close('baseline graph', qb, pb, 1e-5)
    assert (mb == lb).all(), 'baseline graph labels differ from sklearn'
    margin = eval_tree_ensemble(cand_attrs, xc)
    assert_close('candidate graph', 1 / (1 + np.exp(-margin)), pc, 1e-5)
    assert ((margin > 0).astype(int) == lc).all(), 'candidate graph labels differ from sklearn'

    write_model('examples/onnx/baseline.onnx', base_model)
    write_model('examples/onnx/candidate.onnx', cand_model)
    n = 50
    write_json('examples/onnx/expected.json', {
        'about': 'scikit-learn predict_proba[:, 1] and predict of both models on the first 50 rows of examples/data/current.csv; written by scripts/make-models.py',
        'rows': n,
        'baseline': {'probability': [float(v) for v in pb[:n]], 'label': [int(v) for v in lb[:n]]},
        'candidate': {'probability': [float(v) for v in pc[:n]], 'label': [int(v) for v in lc[:n]]},
        'current_metrics': {'baseline': metrics(cur['defaulted'], pb, lb), 'candidate': metrics(cur['defaulted'], pc, lc)},
    })
    y = cur['defaulted']
    print('examples on current.csv (sklearn): baseline %s, candidate %s; agreement %.4f; negative flip rate %.4f' % (
        metrics(y, pb, lb), metrics(y, pc, lc), float(np.mean(lb == lc)), float(np.mean((lb == y) & (lc != y)))))
    behaviour_facts(base, cand, ref, cur)
    return cand_model


def behaviour_facts(base, cand, ref, cur):
    """What the behaviour tests of examples/onnx/model-gate.yml should find, as sklearn sees it."""
    rng = np.random.RandomState(SEED)
    rows = rng.choice(len(cur['defaulted']), 1000, replace=False)
    sample = {k: v[rows] for k, v in cur.items()}

    def both(t):
        xb = frame(t, EXAMPLE_NUMERIC, EXAMPLE_CATEGORICAL)
        return base.predict_proba(xb)[:, 1], cand.predict_proba(matrix(t, EXAMPLE_CANDIDATE))[:, 1]

    pb, pc = both(sample)
    channels = np.array(sorted(set(ref['channel'])), dtype=object)
    swapped = dict(sample, channel=channels[rng.randint(0, len(channels), len(rows))])
    sb, sc = both(swapped)
    print('invariance channel (1000 current rows, channel redrawn): baseline flips %.3f, candidate flips %.3f' % (
        float(np.mean((sb > 0.5) != (pb > 0.5))), float(np.mean((sc > 0.5) != (pc > 0.5)))))
    for col, sign in [('debt_ratio', 1), ('income', -1)]:
        step = float(np.nanstd(ref[col], ddof=1))
        moved = dict(sample, **{col: sample[col] + step})
        mb, mc = both(moved)
        for tol in [0, 0.01]:
            print('monotonic %s %s (step %.4g, tolerance %g): wrong-way share baseline %.3f, candidate %.3f' % (
                col, 'increasing' if sign > 0 else 'decreasing', step, tol,
                float(np.mean(sign * (mb - pb) < -tol)), float(np.mean(sign * (mc - pc) < -tol))))


# ---------------------------------------------------------------------------------------------
# 2. bench/models


def make_bench():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'bench.csv')
        script = "import { generate } from %s; generate(%s, 50000, 42, false);" % (
            json.dumps('file://' + os.path.join(ROOT, 'bench/generate.mjs')), json.dumps(path))
        subprocess.run(['node', '--input-type=module', '-e', script], check=True)
        data = read_csv(path, BENCH_NUMERIC, BENCH_CATEGORICAL, 'label')
    base = fit_linear_pipeline(data, BENCH_NUMERIC, BENCH_CATEGORICAL, 'label')
    base_model = checked(make_model(
        linear_pipeline_graph(base, BENCH_NUMERIC, BENCH_CATEGORICAL, 'bench_baseline'),
        doc='Benchmark baseline: LogisticRegression on f01..f16 and one-hot cat1..cat3 (bench/models).'))
    cand = fit_boosted(matrix(data, BENCH_NUMERIC), data['label'], 100)
    graph, attrs = tree_ensemble_graph(cand, len(BENCH_NUMERIC), 'bench_candidate')
    cand_model = checked(make_model(graph, doc='Benchmark candidate: HistGradientBoosting, 100 trees of depth 3 on f01..f16 (bench/models).'))
    head = {k: v[:500] for k, v in data.items()}
    q, _ = eval_linear_pipeline(base, head, BENCH_NUMERIC, BENCH_CATEGORICAL)
    assert_close('bench baseline graph', q, base.predict_proba(frame(head, BENCH_NUMERIC, BENCH_CATEGORICAL))[:, 1], 1e-5)
    x = matrix(head, BENCH_NUMERIC)
    assert_close('bench candidate graph', 1 / (1 + np.exp(-eval_tree_ensemble(attrs, x))), cand.predict_proba(x)[:, 1], 1e-5)
    write_model('bench/models/bench-baseline.onnx', base_model)
    write_model('bench/models/bench-candidate.onnx', cand_model)


# ---------------------------------------------------------------------------------------------
# 3. __tests__/fixtures/models


FIX = '__tests__/fixtures/models/'


def linear_classifier_fixture(labels_attr, labels, outputs, zipmap):
    coefficients = [1.0, -1.0, 0.5, 0.5, -1.0, 1.0]  # one row per class, two features
    intercepts = [0.0, 0.25, -0.25]
    prob = 'probability_tensor' if zipmap else outputs[1]
    nodes = [helper.make_node(
        'LinearClassifier', ['input'], [outputs[0], prob], domain='ai.onnx.ml',
        coefficients=coefficients, intercepts=intercepts, post_transform='SOFTMAX', **{labels_attr: labels})]
    label_type = TensorProto.STRING if labels_attr == 'classlabels_strings' else TensorProto.INT64
    outs = [helper.make_tensor_value_info(outputs[0], label_type, [None])]
    if zipmap:
        key = 'classlabels_strings' if label_type == TensorProto.STRING else 'classlabels_int64s'
        nodes.append(helper.make_node('ZipMap', [prob], [outputs[1]], domain='ai.onnx.ml', **{key: labels}))
        outs.append(helper.make_value_info(outputs[1], zipmap_type(label_type)))
    else:
        outs.append(helper.make_tensor_value_info(outputs[1], TensorProto.FLOAT, [None, len(labels)]))
    return helper.make_graph(nodes, 'linear_classifier', [float_input('input', 2)], outs)


def linear_regressor(name, input_type, coefficients, intercept):
    # onnxruntime has no double kernel for LinearRegressor: a double input is cast first, as
    # exporters do, so the model loads and only the input's dtype is unusual.
    cast = input_type != TensorProto.FLOAT
    nodes = [helper.make_node('Cast', ['input'], ['features'], to=TensorProto.FLOAT)] if cast else []
    nodes.append(helper.make_node('LinearRegressor', ['features' if cast else 'input'], ['variable'], domain='ai.onnx.ml',
                                  coefficients=coefficients, intercepts=[intercept]))
    return helper.make_graph(
        nodes, name, [helper.make_tensor_value_info('input', input_type, [None, len(coefficients)])],
        [helper.make_tensor_value_info('variable', TensorProto.FLOAT, [None, 1])])


# Two hand-written trees on x0, x1, x2 with round thresholds, so a test can work out any output
# (and any Shapley value) by hand. Node ids are per tree; a missing value takes the false branch
# except where missing_tracks_true is 1.
TREES = [
    {'nodes': [
        {'id': 0, 'feature': 0, 'threshold': 0.5, 'true': 1, 'false': 2, 'missing_tracks_true': 0},
        {'id': 1, 'feature': 1, 'threshold': 1.5, 'true': 3, 'false': 4, 'missing_tracks_true': 1},
        {'id': 2, 'feature': 2, 'threshold': -1.0, 'true': 5, 'false': 6, 'missing_tracks_true': 0},
        {'id': 3, 'leaf': 1.0}, {'id': 4, 'leaf': 2.0}, {'id': 5, 'leaf': 3.0}, {'id': 6, 'leaf': 4.0}]},
    {'nodes': [
        {'id': 0, 'feature': 1, 'threshold': 0.0, 'true': 1, 'false': 2, 'missing_tracks_true': 0},
        {'id': 1, 'leaf': -0.5}, {'id': 2, 'leaf': 0.25}]},
]
TREE_BASE = 0.5


def tree_regressor_graph():
    a = {k: [] for k in ['nodes_treeids', 'nodes_nodeids', 'nodes_featureids', 'nodes_modes', 'nodes_values',
                         'nodes_truenodeids', 'nodes_falsenodeids', 'nodes_missing_value_tracks_true',
                         'target_treeids', 'target_nodeids', 'target_ids', 'target_weights']}
    for t, tree in enumerate(TREES):
        for n in tree['nodes']:
            leaf = 'leaf' in n
            a['nodes_treeids'].append(t)
            a['nodes_nodeids'].append(n['id'])
            a['nodes_featureids'].append(0 if leaf else n['feature'])
            a['nodes_modes'].append('LEAF' if leaf else 'BRANCH_LEQ')
            a['nodes_values'].append(0.0 if leaf else n['threshold'])
            a['nodes_truenodeids'].append(0 if leaf else n['true'])
            a['nodes_falsenodeids'].append(0 if leaf else n['false'])
            a['nodes_missing_value_tracks_true'].append(0 if leaf else n['missing_tracks_true'])
            if leaf:
                a['target_treeids'].append(t)
                a['target_nodeids'].append(n['id'])
                a['target_ids'].append(0)
                a['target_weights'].append(n['leaf'])
    node = helper.make_node('TreeEnsembleRegressor', ['input'], ['variable'], domain='ai.onnx.ml',
                            n_targets=1, aggregate_function='SUM', post_transform='NONE', base_values=[TREE_BASE], **a)
    return helper.make_graph([node], 'tree_regressor', [float_input('input', 3)],
                             [helper.make_tensor_value_info('variable', TensorProto.FLOAT, [None, 1])])


def make_fixtures(candidate_bytes):
    write(FIX + 'truncated.onnx', candidate_bytes[:200])
    write(FIX + 'not-onnx.onnx', b'This is a text file with an .onnx name, not a model.\n')

    one_in = [float_input('input', 1)]
    one_out = [helper.make_tensor_value_info('output', TensorProto.FLOAT, [None, 1])]
    unknown = make_model(
        helper.make_graph([helper.make_node('Frobnicate', ['input'], ['output'], domain='com.example')], 'unknown_op', one_in, one_out),
        opsets=[helper.make_opsetid('', 15), helper.make_opsetid('com.example', 1)])
    write_model(FIX + 'unknown-op.onnx', checked(unknown))

    future = checked(make_model(helper.make_graph([helper.make_node('Abs', ['input'], ['output'])], 'future_opset', one_in, one_out),
                                opsets=[helper.make_opsetid('', 15)]))
    future.opset_import[0].version = 999  # after the check: the checker rightly refuses it
    write_model(FIX + 'future-opset.onnx', future)

    write_model(FIX + 'double-input.onnx', checked(make_model(
        linear_regressor('double_input', TensorProto.DOUBLE, [1.0, 1.0, 1.0], 0.0))))
    write_model(FIX + 'regressor.onnx', checked(make_model(
        linear_regressor('regressor', TensorProto.FLOAT, [1.0, 2.0, -1.0], 0.5))))
    write_model(FIX + 'multiclass-strings.onnx', checked(make_model(linear_classifier_fixture(
        'classlabels_strings', ['bird', 'cat', 'dog'], ['output_label', 'output_probability'], zipmap=True))))
    write_model(FIX + 'int-labels-3.onnx', checked(make_model(linear_classifier_fixture(
        'classlabels_ints', [0, 1, 2], ['label', 'probabilities'], zipmap=False))))
    write_model(FIX + 'nan-output.onnx', checked(make_model(helper.make_graph(
        [helper.make_node('Sqrt', ['input'], ['variable'])], 'nan_output', one_in,
        [helper.make_tensor_value_info('variable', TensorProto.FLOAT, [None, 1])]))))
    write_model(FIX + 'tree-regressor.onnx', checked(make_model(tree_regressor_graph())))
    write_json(FIX + 'tree-regressor.json', {
        'about': 'The exact structure of tree-regressor.onnx: TreeEnsembleRegressor, input "input" float [N, 3] (x0, x1, x2), output "variable" [N, 1] = base_value + the sum of the leaf reached in each tree. A branch goes to "true" when x[feature] <= threshold; a missing (NaN) value goes to "true" only where missing_tracks_true is 1.',
        'base_value': TREE_BASE,
        'trees': TREES,
    })


# ---------------------------------------------------------------------------------------------


def main():
    candidate = make_examples()
    make_bench()
    make_fixtures(candidate.SerializeToString())
    for path, digest, size in WRITTEN:
        print('%s  %s  (%d bytes)' % (digest, path, size))


if __name__ == '__main__':
    sys.exit(main())
