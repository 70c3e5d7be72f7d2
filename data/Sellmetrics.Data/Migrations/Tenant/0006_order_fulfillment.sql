-- Who ships an order as the marketplace names it (Walmart: SellerFulfilled, WFSFulfilled, 3PLFulfilled); null where unknown.
ALTER TABLE orders ADD COLUMN fulfillment varchar(32);
