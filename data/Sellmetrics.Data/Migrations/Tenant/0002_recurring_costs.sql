-- Overheads the seller enters (software, salaries, rent), spread per day by the profit engine.
CREATE TABLE recurring_costs
(
    id         uuid          NOT NULL PRIMARY KEY,
    name       varchar(100)  NOT NULL,
    category   varchar(50)   NOT NULL,
    amount     numeric(18,4) NOT NULL CHECK (amount > 0),
    currency   char(3)       NOT NULL,
    frequency  varchar(10)   NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly', 'yearly')),
    start_date date          NOT NULL,
    end_date   date          NULL CHECK (end_date IS NULL OR end_date >= start_date),
    updated_at timestamptz   NOT NULL
);
