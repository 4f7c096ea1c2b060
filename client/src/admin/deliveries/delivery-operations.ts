import { graphql } from '../../__generated__/index.ts';

export const AdminDeliveryQueueQuery = graphql(`
  query AdminDeliveryQueue($state: DeliveryState) {
    admin {
      deliveryQueue(state: $state, first: 200) {
        id
        quoteNumber
        companyName
        customerId
        customerEmail
        state
        attempts
        lastError
        lastAttemptAt
        nextAttemptAt
        leasedUntil
        createdAt
      }
    }
  }
`);

export const RetryDeliveryMutation = graphql(`
  mutation AdminRetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      ok
      error {
        code
        message
      }
    }
  }
`);
