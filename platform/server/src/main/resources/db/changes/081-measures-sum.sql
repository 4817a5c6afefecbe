--liquibase formatted sql

--changeset shequ:081-measures-sum
--comment: the element-wise sum of many measure arrays, so a batch upload folds all its submissions into each roll-up group in one statement
CREATE AGGREGATE measures_sum(numeric[]) (
  SFUNC = measures_add,
  STYPE = numeric[],
  INITCOND = '{}'
);
--rollback DROP AGGREGATE measures_sum(numeric[]);
