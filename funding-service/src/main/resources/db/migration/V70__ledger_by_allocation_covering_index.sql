-- The summaries' "disbursed" tallies join a province's or a district's allocations to their transactions
-- (SummaryQueries; bench/sql/*-funding.sql). With only (allocation_id, type) the planner hashed the whole ledger — every
-- province's transactions — for a district's thirty allocations (6 ms against 0.3 ms at 1 500 communes, growing with the
-- country: docs/benchmarks.md). Carrying the amount and the reversal link in the index makes each look-up an index-only
-- probe, cheap enough that the planner takes it. Numbered in the benchmark's range (ADR 0072).
drop index ledger_transaction_allocation_idx;
create index ledger_transaction_allocation_idx on ledger_transaction (allocation_id, type) include (amount, reverses_id);
