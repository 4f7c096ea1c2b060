import { graphql } from '../../__generated__/index.ts';

export const AdminDashboardQuery = graphql(`
  query AdminDashboard {
    admin {
      dashboard {
        activeCompanies
        companies
        customers
        newCustomersThisWeek
        disabledCustomers
        pendingDeliveries
        daily(days: 30) {
          date
          signUps
          quotes
          orders
        }
        failingCompanies {
          companyId
          companyName
          source
          error
          since
        }
        recentActivity(first: 10) {
          id
          at
          actorKind
          actorId
          action
          targetKind
          targetId
        }
      }
    }
  }
`);
